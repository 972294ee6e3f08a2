import React from 'react';
import { withAuthenticator } from 'aws-amplify-react';

const signUpConfig = { hiddenDefaults: ['phone_number'] };

const Signup = () => <p>Thanks for signing up</p>;

export default withAuthenticator(Signup, false, [], null, null, signUpConfig);
