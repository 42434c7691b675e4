// ${{ values.name }}: ${{ values.description }}
const http = require('node:http');

const port = Number(process.env.PORT ?? 8080);

http
  .createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ service: '${{ values.name }}', status: 'ok' }));
  })
  .listen(port, () => console.log('${{ values.name }} listening on ' + port));
