import outputs from '../../amplify_outputs.json';

// CFG-14: a Gen 1 key read is flagged; the v6 outputs name it differently.
// TODO(amplify-migrate): CFG-14 amplify_outputs.json has other keys (outputs.auth.user_pool_id, outputs.data.url, …); map this read or use Amplify.getConfig()
export const region = outputs.aws_project_region;
