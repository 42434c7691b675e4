module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // Small files and functions: a file says one thing, a function (a test's describe included) one step.
    'max-lines': ['error', { max: 400 }],
    'max-lines-per-function': ['error', { max: 120 }],
    // openapi-fetch names its calls after the HTTP methods: api.GET('/releases/{id}', ...).
    'new-cap': [
      'error',
      { newIsCap: true, capIsNewExceptionPattern: '^api\\.[A-Z]+$' },
    ],
  },
  overrides: [
    {
      // Generated from openapi.yaml (scripts/generate-api-types.js); its size is the spec's.
      files: ['src/api/generated/**'],
      rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
    },
  ],
});
