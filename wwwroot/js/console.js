// Machine Images Console: the few browser helpers the Blazor components call.
window.micConsole = {
  // Persists the light/dark choice in a cookie so the first server render already uses it.
  setTheme: function (value) {
    var v = value === 'dark' ? 'dark' : 'light';
    document.cookie = 'mic-theme=' + v + '; path=/; max-age=31536000; samesite=lax';
  },
  // The last project chosen, so a new visit opens on it (this browser only).
  rememberProject: function (projectId) {
    try { if (projectId) window.localStorage.setItem('mic-project', projectId); } catch (e) { /* storage disabled */ }
  },
  rememberedProject: function () {
    try { return window.localStorage.getItem('mic-project'); } catch (e) { return null; }
  }
};
