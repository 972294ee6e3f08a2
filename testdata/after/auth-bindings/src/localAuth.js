// A class of the app's own called Auth: never touched (spec §0.3 counts only Amplify's Auth).
class Auth {
  static signIn(user, password) {
    return fetch('/login', { method: 'POST', body: JSON.stringify({ user, password }) });
  }
}

export const login = (u, p) => Auth.signIn(u, p);
