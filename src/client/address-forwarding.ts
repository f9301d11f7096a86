/** The 404 page's one job beyond saying so: an address it recognises in another case goes to its canonical page. */
import { forwardingTarget } from '../lib/addresses/case-forwarding.ts';

const holder = document.getElementById('known-addresses');
const known = new Set<string>(JSON.parse(holder?.dataset.paths ?? '[]') as string[]);
const target = forwardingTarget(window.location, known);
if (target) window.location.replace(target);
