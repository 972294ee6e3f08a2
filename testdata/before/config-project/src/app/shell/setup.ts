import { Amplify } from "aws-amplify"
import awsExports from "../../aws-exports.js"

// Two folders deep; double quotes and no semicolons are kept.
Amplify.configure({ ...awsExports, ssr: true })
