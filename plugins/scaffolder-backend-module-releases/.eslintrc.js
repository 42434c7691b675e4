// The house limits (README, "How the code is laid out"): no source file over 400 lines and no
// function over 120 (test describe callbacks included).
module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    'max-lines': ['error', { max: 400 }],
    'max-lines-per-function': ['error', { max: 120 }],
  },
});
