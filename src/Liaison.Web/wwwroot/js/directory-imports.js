// Polls the directory import jobs and draws a progress bar with rows/s and ETA for each.
(function () {
    const box = document.getElementById('import-jobs');
    if (!box) return;
    const url = box.dataset.statusUrl;
    const news = document.getElementById('import-jobs-news');
    const told = new Map();
    // The job this page's upload just started (its redirect names it): a small file can end before the first poll,
    // and its end is still news, where the other jobs already done when the page opened are not.
    const started = box.dataset.startedJob;
    // A screen reader hears a job start and end once, not the rows and ETA redrawn every second. Says whether the job ended
    // since the last poll.
    function announce(j, summary) {
        const state = j.done ? 'done' : 'running';
        if (told.get(j.id) === state) return false;
        const first = !told.has(j.id);
        told.set(j.id, state);
        if (first && j.done && j.id !== started) return false;
        if (news) news.textContent = j.done ? summary : `${j.file}: import started`;
        return j.done;
    }
    // The recorded runs below were drawn when the page was: one that has ended since is redrawn with its outcome.
    const history = document.getElementById('import-history');
    async function redrawHistory() {
        const response = await fetch(history.dataset.url, { headers: { Accept: 'text/html' } });
        if (!response.ok) return;
        history.innerHTML = await response.text();
        if (window.localTimes) window.localTimes(history);
    }
    function text(t) { return document.createTextNode(t); }
    function errors(item, list) {
        if (!list.length) return;
        const ul = document.createElement('ul');
        list.forEach(e => { const li = document.createElement('li'); li.append(text(`line ${e.line}, ${e.column}: ${e.reason}`)); ul.append(li); });
        item.append(ul);
    }
    async function poll() {
        const jobs = await (await fetch(url, { headers: { Accept: 'application/json' } })).json();
        if (jobs.length === 0) return setTimeout(poll, 2000);
        let ended = false;
        box.replaceChildren(...jobs.map(j => {
            const item = document.createElement('div');
            item.className = 'import-job';
            const title = document.createElement('p');
            title.append(text(`${j.file}: `));
            if (j.error) title.append(text(j.error));
            else if (j.report) title.append(text(`${j.report.imported} imported, ${j.report.updated} updated, ${j.report.unchanged} unchanged, ${j.report.rejected} rejected`));
            else title.append(text(`${j.rows.toLocaleString()} rows, ${j.rowsPerSecond.toLocaleString()} rows/s${j.eta ? ', ETA ' + j.eta : ''}`));
            item.append(title);
            ended = announce(j, title.textContent) || ended;
            if (!j.error) {
                const bar = document.createElement('progress');
                bar.max = 1; bar.value = j.fraction; bar.setAttribute('aria-label', `Progress of ${j.file}`);
                item.append(bar);
            }
            if (j.report) errors(item, j.report.errors);
            // CMS's .zip (or a pl_pfile alone): the practice location file's own part, its counts of providers and its rows' errors.
            const locations = j.report && j.report.practiceLocations;
            if (locations) {
                const part = document.createElement('p');
                part.className = 'import-part';
                part.append(text(`Secondary practice locations, by provider: ${locations.imported} given them for the first time, `
                    + `${locations.updated} updated, ${locations.unchanged} unchanged; ${locations.rejected} rows rejected`));
                item.append(part);
                errors(item, locations.errors);
            }
            return item;
        }));
        if (ended && history) await redrawHistory();
        setTimeout(poll, jobs.every(j => j.done) ? 5000 : 1000);
    }
    poll();
})();
