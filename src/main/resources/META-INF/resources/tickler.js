// Uploads a Takeout from the header form and shows the import's progress while it runs.
(function () {
  const form = document.getElementById('upload');
  const box = document.getElementById('progress');
  const result = document.getElementById('import-result');

  function show(progress) {
    box.hidden = progress.state !== 'RUNNING';
    document.getElementById('progress-file').textContent = progress.file || '';
    document.getElementById('progress-item').textContent = progress.item || '';
    document.getElementById('progress-bar').value = progress.totalBytes > 0 ? Math.floor(progress.bytesRead * 100 / progress.totalBytes) : 0;
    document.getElementById('progress-counts').textContent =
      progress.events + ' events, ' + progress.messages + ' messages, ' + progress.skipped + ' skipped';
  }

  function poll() {
    fetch('/api/import/progress').then(r => r.json()).then(progress => {
      show(progress);
      if (progress.state === 'RUNNING') {
        setTimeout(poll, 1000);
      } else if (box.dataset.running === 'true') {
        location.reload();
      }
    });
  }

  form.querySelector('input[type=file]').addEventListener('change', () => {
    const data = new FormData(form);
    box.dataset.running = 'false';
    setTimeout(poll, 500);
    fetch('/api/import', { method: 'POST', body: data }).then(r => r.json().then(body => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        result.hidden = false;
        result.classList.toggle('error', !ok);
        result.textContent = ok
          ? 'Imported ' + body.events + ' events and ' + body.messages + ' messages (' + body.added + ' new); '
            + body.leads + ' leads; ' + body.skipped.length + ' items skipped.'
          : 'Import failed: ' + body.error;
        if (ok) { setTimeout(() => location.reload(), 1500); }
      });
  });

  if (box.dataset.running === 'true') { poll(); }
})();

// Forms that ask before they act (data-confirm): a script file, since the pages allow no inline code.
document.querySelectorAll('form[data-confirm]').forEach(form => {
  form.addEventListener('submit', event => {
    if (!confirm(form.dataset.confirm)) { event.preventDefault(); }
  });
});
