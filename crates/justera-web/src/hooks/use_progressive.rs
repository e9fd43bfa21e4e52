//! Long lists drawn a slice at a time: the first slice with the render that
//! asks, the rest a slice per task after it, so no task of the page's
//! thread grows with the document (a 300-page protocol would otherwise be
//! drawn in one task of a second or more).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` items to draw now: `first` at once, then `step`
/// more in each following task until all are drawn. A new `key` (another
/// file) starts again from `first`.
#[hook]
pub fn use_progressive(key: usize, total: usize, first: usize, step: usize) -> usize {
    let shown = use_state(|| (key, first));
    let now = if shown.0 == key { shown.1 } else { first };
    {
        let shown = shown.clone();
        use_effect_with((key, now, total), move |&(key, now, total)| {
            let timer =
                (now < total).then(|| Timeout::new(0, move || shown.set((key, now + step))));
            move || drop(timer)
        });
    }
    now.min(total)
}

/// One slice of a long list drawn by its own component: rows `from..to`
/// of a file.
#[derive(Properties)]
pub struct SliceProps {
    pub lang: crate::i18n::Lang,
    pub data: std::rc::Rc<crate::work::Done>,
    pub from: usize,
    pub to: usize,
}

/// The same file's same slice: not drawn again (the document is not compared).
impl PartialEq for SliceProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && std::rc::Rc::ptr_eq(&self.data, &other.data)
            && (self.from, self.to) == (other.from, other.to)
    }
}
