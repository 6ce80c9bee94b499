// Every module that reacts to outbox events registers its handlers when imported. A process
// that dispatches events (the web server, `npm run worker`, the cron route) imports this file
// first, so no event is marked delivered without the handlers that should have seen it.
// When a module gains handlers, import its `handlers.ts` here: import "./<module>/handlers";
import "./cart/handlers";
import "./notifications/handlers";
import "./catalog/handlers";
import "./checkout/handlers";
import "./payments/handlers";
import "./search/handlers";
export {};
