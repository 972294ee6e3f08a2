import { Auth } from 'aws-amplify';

// 你好, 世界 — 😀 emoji and CJK before the match must not shift offsets.
const welcome = '欢迎 👋🏽 ようこそ';

export async function enter(名前, password) {
  console.log(welcome, '🚀');
  await Auth.signIn(名前, password); // 注释 after the call
  return '👍';
}
