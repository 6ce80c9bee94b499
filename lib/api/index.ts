// Route-handler helpers: the public face of lib/api (machine bearer secrets, signed-in routes).
export { hasBearer, unauthorized } from "./bearer";
export { withAuth } from "./with-auth";
export type { AuthedRequest } from "./with-auth";
