import { signIn } from "aws-amplify/auth";

// A byte-order mark and no newline at the end.
export const go = (u, p) => signIn({ username: u, password: p });