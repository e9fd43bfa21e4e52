//! Text quality: conversion damage and look-alike letters.

pub mod mixed_script;
pub mod mojibake;
pub mod page_furniture;
pub mod replacement_char;
