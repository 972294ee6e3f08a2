import { Amplify } from "aws-amplify"
import outputs from "../../../amplify_outputs.json"

// Two folders deep; double quotes and no semicolons are kept.
Amplify.configure(outputs, { ssr: true })
