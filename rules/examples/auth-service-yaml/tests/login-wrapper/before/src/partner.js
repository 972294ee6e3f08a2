// Another library's authService: not ours, so it stays as it is.
import { authService } from 'partner-sdk';

export const connect = (key, secret) => authService.login(key, secret);
