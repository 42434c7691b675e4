module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // openapi-fetch names its calls after the HTTP methods: api.GET('/releases/{id}', ...).
    'new-cap': [
      'error',
      { newIsCap: true, capIsNewExceptionPattern: '^api\\.[A-Z]+$' },
    ],
  },
});
