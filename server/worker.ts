// The outbox worker as its own process (`npm run worker`), for production setups.
console.log('The worker is not built yet.');
