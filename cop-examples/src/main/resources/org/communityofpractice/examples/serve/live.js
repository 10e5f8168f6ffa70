// cop serve: a session being recorded on another screen, followed live. Only when asked for (the
// address ends in ?live), it reloads every 15 seconds; without JavaScript the Refresh link does it.
if (new URLSearchParams(window.location.search).has("live")) {
  window.setTimeout(function () { window.location.reload(); }, 15000);
}
