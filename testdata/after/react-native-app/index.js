import { AppRegistry } from 'react-native';
import { Amplify } from 'aws-amplify';
import outputs from './amplify_outputs.json';
import App from './App';

Amplify.configure(outputs);

AppRegistry.registerComponent('main', () => App);
