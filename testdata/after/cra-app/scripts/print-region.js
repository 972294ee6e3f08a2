// A Node script of the app, in CommonJS.
const config = require('../amplify_outputs.json');

// TODO(amplify-migrate): CFG-14 amplify_outputs.json has other keys (outputs.auth.user_pool_id, outputs.data.url, …); map this read or use Amplify.getConfig()
console.log(config.aws_project_region);
