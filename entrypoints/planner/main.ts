import { servePlans } from '@/utils/planner-port';

/**
 * Chrome's offscreen document (see utils/planner.ts): plans the copies of
 * pages their content scripts send, with the engine's code compiled and warm
 * from one page to the next (see `servePlans`).
 */
servePlans();
