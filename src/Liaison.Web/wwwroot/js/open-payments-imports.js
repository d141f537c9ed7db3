// Redraws the Open Payments imports (rendered by the server: Transfers/_OpenPaymentsImports) every second while one runs (data-state="running").
(function () {
    const box = document.getElementById('op-imports');
    if (!box) return;
    async function poll() {
        if (!box.querySelector('[data-state=running]')) return;
        const response = await fetch(box.dataset.progressUrl, { headers: { Accept: 'text/html' } });
        if (response.ok) {
            const wasRunning = [...box.querySelectorAll('.import-job')].map(j => j.dataset.state === 'running');
            box.innerHTML = await response.text();
            const ended = [...box.querySelectorAll('.import-job')].filter((j, i) => wasRunning[i] && j.dataset.state === 'done');
            const news = document.getElementById('op-imports-news');
            if (news && ended.length) news.textContent = ended.map(j => j.querySelector('p')?.textContent.trim()).join(' ');
        }
        setTimeout(poll, 1000);
    }
    setTimeout(poll, 1000);
})();
