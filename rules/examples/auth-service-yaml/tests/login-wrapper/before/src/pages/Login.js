import { authService } from '../services/auth';

export async function onSubmit(form) {
  await authService.login(form.email, form.password);
  window.location.assign('/');
}
