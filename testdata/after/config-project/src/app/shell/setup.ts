import { Amplify } from "aws-amplify"
import outputs from "../../../amplify_outputs.json"

// Two folders deep; double quotes and no semicolons are kept.
Amplify.configure(outputs, { ssr: true })
// TODO(amplify-migrate): CFG-14 amplify_outputs.json has other keys (outputs.auth.user_pool_id, outputs.data.url, …); map this read or use Amplify.getConfig()
export const region = outputs.aws_project_region
