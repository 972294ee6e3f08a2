import { signIn } from 'aws-amplify/auth';

export async function onSubmit(form) {
  // TODO(amplify-migrate): AUTH-01 signIn resolves to { isSignedIn, nextStep }, not a user: check what the caller does with the result
  await signIn({ username: form.email, password: form.password });
  window.location.assign('/');
}
