import { authService } from '../services/auth';

export async function quickLogin(email, password) {
  const user = await authService.login(email, password);
  console.log('signed in', user.username);
  return authService.logout();
}
