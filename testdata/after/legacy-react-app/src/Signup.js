import React from 'react';
import { withAuthenticator } from 'aws-amplify-react';

const signUpConfig = { hiddenDefaults: ['phone_number'] };

const Signup = () => <p>Thanks for signing up</p>;

// TODO(amplify-migrate): LEG-01 map the options by hand to withAuthenticator(App, { formFields, signUpAttributes, socialProviders, components }) of @aws-amplify/ui-react(-native) 6: signUpConfig.signUpFields → formFields.signUp, federated → socialProviders, theme → createTheme
export default withAuthenticator(Signup, false, [], null, null, signUpConfig);
