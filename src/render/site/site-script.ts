/**
 * The site's only script (`skript.js`), conveniences over pages that are whole without it: the A–Ö page gets a
 * search field that filters the list by title (with the number of hits read out politely), and the start page's
 * year links become a year picker that opens the chosen year's page. Plain ES2017, no dependencies.
 */
export const SITE_SCRIPT = `'use strict';
(function () {
    function ready(fn) {
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
        else fn();
    }
    function search() {
        var box = document.querySelector('[data-search]');
        var list = document.querySelector('[data-search-list]');
        if (!box || !list) return;
        var input = box.querySelector('input');
        var count = box.querySelector('[role="status"]');
        var items = Array.prototype.slice.call(list.querySelectorAll('li[data-title]'));
        box.hidden = false;
        input.addEventListener('input', function () {
            var words = input.value.toLocaleLowerCase('sv').split(/\\s+/).filter(Boolean);
            var shown = 0;
            items.forEach(function (item) {
                var title = item.getAttribute('data-title');
                var match = words.every(function (w) { return title.indexOf(w) >= 0; });
                item.hidden = !match;
                if (match) shown++;
            });
            Array.prototype.forEach.call(list.querySelectorAll('section'), function (section) {
                section.hidden = !section.querySelector('li[data-title]:not([hidden])');
            });
            count.textContent = words.length === 0 ? items.length + ' mål och mått' : shown === 1 ? '1 träff' : shown + ' träffar';
        });
    }
    function years() {
        var nav = document.querySelector('.site-years');
        if (!nav) return;
        var links = Array.prototype.slice.call(nav.querySelectorAll('li'));
        var label = document.createElement('label');
        label.className = 'site-years-label';
        label.setAttribute('for', 'ar');
        label.textContent = 'Visa år';
        var select = document.createElement('select');
        select.id = 'ar';
        links.forEach(function (li) {
            var a = li.querySelector('a');
            var option = document.createElement('option');
            option.textContent = li.textContent;
            option.value = a ? a.getAttribute('href') : '';
            if (!a) option.selected = true;
            select.appendChild(option);
        });
        select.addEventListener('change', function () {
            if (select.value) window.location.href = select.value;
        });
        nav.textContent = '';
        nav.appendChild(label);
        nav.appendChild(select);
    }
    ready(function () {
        search();
        years();
    });
})();
`;
