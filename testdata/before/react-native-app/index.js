import { AppRegistry } from 'react-native';
import { Amplify } from 'aws-amplify';
import awsconfig from './src/aws-exports';
import App from './App';

Amplify.configure(awsconfig);

AppRegistry.registerComponent('main', () => App);
