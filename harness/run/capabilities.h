// Giving up every capability for good: what the zygote does once its namespaces are set up, so
// that neither it nor any snippet it forks holds a capability, even inside its own namespaces.
#pragma once

namespace notecheck {

// Clears the bounding and ambient sets, locks the securebits that would give capabilities back
// to uid 0 or across setuid, and empties the effective, permitted and inheritable sets. Parts
// that need a capability the process no longer has are skipped: they are moot then. Returns
// whether the process holds no capability afterwards.
bool drop_all_capabilities();

}  // namespace notecheck
