/**
 * The header that carries the client's address to better-auth, which records it with each
 * session. We set it from Fastify's request.ip (TRUST_PROXY decides which proxies are believed)
 * and overwrite whatever a client sent in it.
 */
export const CLIENT_IP_HEADER = 'x-mentor-network-client-ip';
