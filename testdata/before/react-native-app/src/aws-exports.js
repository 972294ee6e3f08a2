const awsmobile = { aws_project_region: 'us-east-1' };
export default awsmobile;
