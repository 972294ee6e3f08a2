import { createApp } from 'vue';
import { Amplify } from 'aws-amplify';
import awsExports from './aws-exports';
import App from './App.vue';

// CFG-03: the Gen 1 config file becomes amplify_outputs.json.
Amplify.configure(awsExports);

createApp(App).mount('#app');
