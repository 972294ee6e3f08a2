import Vue from 'vue'
import Amplify from 'aws-amplify'
import awsconfig from './aws-exports'
import App from './App.vue'

Amplify.configure(awsconfig)

new Vue({ render: (h) => h(App) }).$mount('#app')
