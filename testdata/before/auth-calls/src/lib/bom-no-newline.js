import { Auth } from "aws-amplify";

// A byte-order mark and no newline at the end.
export const go = (u, p) => Auth.signIn(u, p);