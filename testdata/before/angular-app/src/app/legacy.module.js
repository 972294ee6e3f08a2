// An Angular 8 module still on the v1 UI package.
import { AmplifyAngularModule, AmplifyService } from 'aws-amplify-angular';

export const legacyImports = [AmplifyAngularModule];
export const legacyProviders = [AmplifyService];
