"""MkDocs hook: make the offline copy (`make offline`) load Material's file:// search shim locally.

Material's offline plugin adds the iframe-worker shim from a CDN (unpkg) unless a polyfill naming
iframe-worker is already configured; pointing it at a vendored copy keeps the offline copy from
ever asking the network for anything.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

# Vendored from npm iframe-worker 1.0.4 (MIT); copied into the site as a theme asset.
LOCAL_SHIM = "assets/javascripts/iframe-worker-shim.js"


# Above the default priority, so this runs before the offline plugin's own on_config.
@event_priority(100)
def on_config(config):
    plugin = config.plugins.get("material/offline")
    if plugin is None or not plugin.config.enabled:
        return config
    config.extra["polyfills"] = [*config.extra.get("polyfills", []), LOCAL_SHIM]
    return config
