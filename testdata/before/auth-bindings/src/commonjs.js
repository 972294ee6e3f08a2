'use strict';
const { Auth, Hub } = require('aws-amplify');
const express = require('express');

// CommonJS: the calls move to v6 and the requires follow (spec §0.3).
module.exports = {
  logout: () => Auth.signOut(),
  listen: (fn) => Hub.listen('auth', fn),
  router: express.Router(),
};
