// Redraws the Open Payments imports (rendered by the server: Transfers/_OpenPaymentsImports) every second while one runs (data-state="running").
(function () {
    const box = document.getElementById('op-imports');
    if (!box) return;
    async function poll() {
        if (!box.querySelector('[data-state=running]')) return;
        const response = await fetch(box.dataset.progressUrl, { headers: { Accept: 'text/html' } });
        if (response.ok) box.innerHTML = await response.text();
        setTimeout(poll, 1000);
    }
    setTimeout(poll, 1000);
})();
