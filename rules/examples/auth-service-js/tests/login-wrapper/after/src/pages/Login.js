import { signIn } from 'aws-amplify/auth';

export async function onSubmit(form) {
  await signIn({ username: form.email, password: form.password });
  window.location.assign('/');
}
