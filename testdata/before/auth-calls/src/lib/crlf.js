import { Auth } from "aws-amplify"

// CRLF line endings and double quotes, no semicolons: the file keeps its style.
export const logout = () => Auth.signOut()
export const resetPw = (name) => Auth.forgotPassword(name)
