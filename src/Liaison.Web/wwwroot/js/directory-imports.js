// Polls the directory import jobs and draws a progress bar with rows/s and ETA for each.
(function () {
    const box = document.getElementById('import-jobs');
    if (!box) return;
    const url = box.dataset.statusUrl;
    const news = document.getElementById('import-jobs-news');
    const told = new Map();
    // A screen reader hears a job start and end once, not the rows and ETA redrawn every second.
    function announce(j, summary) {
        const state = j.done ? 'done' : 'running';
        if (told.get(j.id) === state) return;
        const first = !told.has(j.id);
        told.set(j.id, state);
        if (first && j.done) return;
        news.textContent = j.done ? summary : `${j.file}: import started`;
    }
    function text(t) { return document.createTextNode(t); }
    async function poll() {
        const jobs = await (await fetch(url, { headers: { Accept: 'application/json' } })).json();
        if (jobs.length === 0) return setTimeout(poll, 2000);
        box.replaceChildren(...jobs.map(j => {
            const item = document.createElement('div');
            item.className = 'import-job';
            const title = document.createElement('p');
            title.append(text(`${j.file}: `));
            if (j.error) title.append(text(j.error));
            else if (j.report) title.append(text(`${j.report.imported} imported, ${j.report.updated} updated, ${j.report.unchanged} unchanged, ${j.report.rejected} rejected`));
            else title.append(text(`${j.rows.toLocaleString()} rows, ${j.rowsPerSecond.toLocaleString()} rows/s${j.eta ? ', ETA ' + j.eta : ''}`));
            item.append(title);
            if (news) announce(j, title.textContent);
            if (!j.error) {
                const bar = document.createElement('progress');
                bar.max = 1; bar.value = j.fraction; bar.setAttribute('aria-label', `Progress of ${j.file}`);
                item.append(bar);
            }
            if (j.report && j.report.errors.length) {
                const list = document.createElement('ul');
                j.report.errors.forEach(e => { const li = document.createElement('li'); li.append(text(`line ${e.line}, ${e.column}: ${e.reason}`)); list.append(li); });
                item.append(list);
            }
            return item;
        }));
        setTimeout(poll, jobs.every(j => j.done) ? 5000 : 1000);
    }
    poll();
})();
