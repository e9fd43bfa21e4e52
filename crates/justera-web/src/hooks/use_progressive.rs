//! Long lists drawn a slice at a time: the first slice with the render that
//! asks, the rest a slice per task after it (`NextTask`), so no task of the
//! page's thread grows with the document (a 300-page protocol would
//! otherwise be drawn in one task of a second or more).

use wasm_bindgen::prelude::*;
use web_sys::MessageChannel;
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
            let next = (now < total).then(|| NextTask::new(move || shown.set((key, now + step))));
            move || drop(next)
        });
    }
    now.min(total)
}

/// `f` run in a task of its own, next: a message the page sends itself.
/// Not a timer: a browser runs a timer set from a timer's task five deep
/// or more at least 4 ms later, so a list of 20 slices waited over 60 ms
/// between them with nothing to do. The browser still draws frames
/// between such tasks. Dropped before it ran, it never runs (its closure,
/// a few bytes, is then not freed).
struct NextTask {
    channel: Option<MessageChannel>,
}

impl NextTask {
    fn new(f: impl FnOnce() + 'static) -> NextTask {
        let channel = MessageChannel::new().ok();
        if let Some(c) = &channel {
            let f = Closure::once_into_js(f);
            c.port1().set_onmessage(Some(f.unchecked_ref()));
            if c.port2().post_message(&JsValue::NULL).is_err() {
                c.port1().set_onmessage(None);
            }
        }
        NextTask { channel }
    }
}

impl Drop for NextTask {
    fn drop(&mut self) {
        if let Some(c) = &self.channel {
            c.port1().set_onmessage(None);
            c.port1().close();
        }
    }
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
