import { signOut, resetPassword } from "aws-amplify/auth"

// CRLF line endings and double quotes, no semicolons: the file keeps its style.
export const logout = () => signOut()
export const resetPw = (name) => resetPassword({ username: name })
