import Amplify, { Auth } from 'aws-amplify';

export const start = () => Auth.forgotPassword('someone');
export const stop = () => Amplify.Auth.signOut({ global: true });
