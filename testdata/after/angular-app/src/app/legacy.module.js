// An Angular 8 module still on the v1 UI package.
// TODO(amplify-migrate): UIA-05 this UI package has no aws-amplify 6 version: use @aws-amplify/ui-angular (AmplifyAuthenticatorModule) or @aws-amplify/ui-vue 4 on Vue 3 (spec §17.2)
import { AmplifyAngularModule, AmplifyService } from 'aws-amplify-angular';

export const legacyImports = [AmplifyAngularModule];
export const legacyProviders = [AmplifyService];
