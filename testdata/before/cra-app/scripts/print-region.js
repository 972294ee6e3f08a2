// A Node script of the app, in CommonJS.
const config = require('../src/aws-exports').default;

console.log(config.aws_project_region);
