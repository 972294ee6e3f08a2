import awsExports from '../aws-exports';

// CFG-14: a Gen 1 key read is flagged; the v6 outputs name it differently.
export const region = awsExports.aws_project_region;
