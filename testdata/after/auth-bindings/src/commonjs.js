'use strict';
const { signOut } = require('aws-amplify/auth');
const { Hub } = require('aws-amplify/utils');
const express = require('express');

// CommonJS: the calls move to v6 and the requires follow (spec §0.3).
module.exports = {
  logout: () => signOut(),
  listen: (fn) => Hub.listen('auth', fn),
  router: express.Router(),
};
